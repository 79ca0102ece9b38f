import type { AppConfig } from '@app/config';
import { type Clock } from '@app/workflow';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { validationPipe } from './http/validation.js';

/** The HTTP application over an initialised, migrated database; used by main and by the e2e tests. */
export async function createApi(config: AppConfig, dataSource: DataSource, clock?: Clock): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, dataSource, clock }), {
    logger: config.NODE_ENV === 'test' ? ['error'] : ['log', 'warn', 'error'],
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: '1mb' });
  app.set('trust proxy', 'loopback');
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
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
