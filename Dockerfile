# CDT Hub: one image for the API (default command), the worker and the one-shot CLI.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# Manifests first, so that `npm ci` stays cached until a dependency changes.
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY test/package.json test/
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY libs/domain libs/domain
COPY apps/api apps/api
COPY apps/web apps/web
RUN npm run build \
  && npm prune --omit=dev --no-audit --no-fund \
  && mkdir -p /out/libs/domain /out/apps/api /out/apps/web \
  && cp -a package.json node_modules /out/ \
  && cp -a libs/domain/package.json libs/domain/dist /out/libs/domain/ \
  && cp -a apps/api/package.json apps/api/dist /out/apps/api/ \
  && if [ -d apps/api/node_modules ]; then cp -a apps/api/node_modules /out/apps/api/; fi \
  && cp -a apps/web/dist /out/apps/web/

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    WORKER_HEALTH_PORT=3001
WORKDIR /app
COPY --from=build /out/ ./
USER node
EXPOSE 3000
CMD ["node", "apps/api/dist/main.js"]
