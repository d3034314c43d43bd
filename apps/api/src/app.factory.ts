import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { AppModule } from './app.module';
import { bodyErrors, jsonBody } from './common/body-parser';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { RedisStreamsIoAdapter } from './realtime/redis-io.adapter';

/** Builds the HTTP + socket.io application; main.ts and the tests both start it through here. */
export async function createApp(): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
    bodyParser: false,
  });
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  // Our own parser, so a malformed body is a coded 400 and never reaches the static-file fallback.
  app.use(jsonBody, bodyErrors);
  app.setGlobalPrefix('api');
  app.useWebSocketAdapter(
    new RedisStreamsIoAdapter(app, config.REDIS_URL, `${config.QUEUE_PREFIX}:socket.io`),
  );
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('CDT Hub API')
      .setDescription('Coordination hub for Community Digital Technology Teams (Tổ công nghệ số cộng đồng)')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, cleanupOpenApiDoc(document), { jsonDocumentUrl: 'api/openapi.json' });
  return app;
}
