// SVG → PNG with resvg, which draws no text without a font file. Only the two faces the chart uses (DejaVu Sans and
// its bold) are shipped, in assets/fonts; resvg 2.6 takes fonts by path, so the paths are resolved once per thread.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY } from './chart-svg';

let fonts: string[] | null = null;
/** The font files, found once: assets/ sits two folders above this module both in src/render and in dist/render. */
export function fontFiles(): string[] {
  if (fonts) return fonts;
  const files = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) =>
    fileURLToPath(new URL(`../../assets/fonts/${f}`, import.meta.url)),
  );
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`chart font missing: ${missing.join(', ')}`);
  fonts = files;
  return fonts;
}

/** The SVG as a PNG `width` pixels wide (its height in proportion). */
export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'width', value: Math.round(width) },
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles(),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return Buffer.from(resvg.render().asPng());
}
