import { Module } from '@nestjs/common';
import { DistrictsResolver } from './districts.resolver';

@Module({ providers: [DistrictsResolver] })
export class DistrictsModule {}
