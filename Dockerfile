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
# pg_dump and pg_restore for `node dist/scripts/backup.js` / `restore.js`: they must be at least the
# server's major version (docker-compose.yml runs PostgreSQL 16; Debian 12 ships 15), hence PGDG's.
ARG PG_MAJOR=16
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && install -d /usr/share/postgresql-common/pgdg \
 && curl -fsSL -o /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc https://www.postgresql.org/media/keys/ACCC4CF8.asc \
 && echo "deb [signed-by=/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc] https://apt.postgresql.org/pub/repos/apt bookworm-pgdg main" > /etc/apt/sources.list.d/pgdg.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client-${PG_MAJOR} \
 && apt-get purge -y curl && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production PG_BIN_DIR=/usr/lib/postgresql/${PG_MAJOR}/bin
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
