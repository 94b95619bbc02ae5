# The bot as a container: built once with the development dependencies, run as compiled JavaScript with only the
# production ones, as a user without privileges. See docs/deploy.md.
#   docker build -t coverage-bot .
#   docker run --rm -e DISCORD_TOKEN=… -v /path/to/articles:/corpus:ro coverage-bot
# Without DISCORD_TOKEN and without a terminal it exits 1 saying what to set (the console needs a terminal: -it).

# Build: TypeScript to dist/ (npm run build), with the dev dependencies (typescript).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build

# Runtime: production dependencies only, the compiled bot, the default corpus in /corpus (mount yours over it).
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/corpus \
    HEALTH_FILE=/tmp/coverage-bot.heartbeat \
    PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY data /corpus
USER node
VOLUME ["/corpus"]
EXPOSE 8080
# The gateway bot writes a heartbeat file (dist/util/heartbeat.js, preloaded); the HTTP endpoint answers GET /health
# (compose's "http" service runs `node dist/bin/health.js http` instead). A large corpus takes minutes to load.
HEALTHCHECK --interval=30s --timeout=10s --start-period=5m --retries=3 CMD ["node", "dist/bin/health.js"]
CMD ["node", "--enable-source-maps", "--import", "./dist/util/heartbeat.js", "dist/bin/start.js"]
