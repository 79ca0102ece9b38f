# One image for both processes: the api (default) and the worker (command: npm run start:worker).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps apps
COPY libs libs
COPY scripts scripts
# The install builds the server and the web console (dist/console), which are then all the image needs.
RUN npm install --no-audit --no-fund && npm prune --omit=dev

FROM node:20-bookworm-slim
# No PostgreSQL client: backup and restore (node dist/scripts/backup.js, restore.js) speak to the
# server themselves, whatever its version.
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY package.json ./
COPY seeds seeds
# The archive and backup volumes mount here; created now so that they belong to the user the api runs as.
RUN mkdir -p /var/lib/renovation/archive /var/lib/renovation/backups && chown -R node:node /var/lib/renovation
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
