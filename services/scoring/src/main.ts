import 'reflect-metadata';
import { bootstrapSubgraph } from '@points/subgraph';
import { AppModule } from './app.module';

void bootstrapSubgraph(AppModule.forRoot());
