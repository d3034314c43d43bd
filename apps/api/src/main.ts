import 'reflect-metadata';
import { createApp } from './app.factory';
import { APP_CONFIG, type AppConfig } from './config/app-config';

async function main(): Promise<void> {
  const app = await createApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.PORT, config.HOST);
}

void main();
