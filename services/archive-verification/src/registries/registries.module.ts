import { Module } from '@nestjs/common';
import { RegistrySeedingResolver } from './simulator/registry-seeding.resolver';

@Module({ providers: [RegistrySeedingResolver] })
export class RegistriesModule {}
