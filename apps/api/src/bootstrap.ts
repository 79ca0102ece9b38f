import type { AppConfig } from '@app/config';
import { createLogger, NestLogBridge, type Clock, type Log } from '@app/workflow';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { trustProxyOption } from './http/address-list.js';
import { clientError, guardTheEdge, sendProblem } from './http/edge.js';
import { registerOperations } from './http/operations.js';
import { loggingOptions } from './http/request-log.js';
import { serveConsole } from './console/serve-console.js';
import { validationPipe } from './http/validation.js';

/**
 * The HTTP application over an initialised, migrated database; used by main and by the e2e tests
 * (which pass a logger writing where they can read it).
 */
export async function createApi(
  config: AppConfig,
  dataSource: DataSource,
  clock?: Clock,
  log: Log = createLogger(config.LOG_LEVEL),
): Promise<INestApplication> {
  // Fastify rather than Express: the per-request cost of the framework is what a busy vote path pays.
  const adapter = new FastifyAdapter({
    bodyLimit: 1024 * 1024,
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    ...loggingOptions(log),
    // The router's own refusals (a malformed URL, an over-long path parameter) come before any hook or filter.
    frameworkErrors: (error: Error, _request: unknown, reply: FastifyReply) => sendProblem(reply, error),
    clientErrorHandler: clientError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ config, dataSource, clock, log }), adapter, {
    logger: new NestLogBridge(log),
    // The edge registers the one body parser there is (http/edge.ts).
    bodyParser: false,
  });
  guardTheEdge(app.getHttpAdapter().getInstance());
  await registerOperations(app, config, log);
  // Uploads are read by the route that takes them (http/upload.ts), with that route's limits.
  await app.register(multipart);
  app.useGlobalPipes(validationPipe());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Renovation tracker API')
      .setDescription(
        'Old-residential-compound renovation projects (城镇老旧小区改造) through their lifecycle. Errors are RFC 9457 problem details with a stable `code`.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  if (config.DOCS_ENABLED) SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  await serveConsole(app.getHttpAdapter().getInstance(), config.CONSOLE_DIR);
  return app;
}
