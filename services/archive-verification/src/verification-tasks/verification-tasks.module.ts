import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TaskQueueService } from './task-queue.service';
import { VerificationTask } from './verification-task.entity';
import { VerificationTasksResolver } from './verification-tasks.resolver';
import { VerificationTasksService } from './verification-tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([VerificationTask])],
  providers: [VerificationTasksResolver, VerificationTasksService, TaskQueueService],
  exports: [VerificationTasksService, TaskQueueService],
})
export class VerificationTasksModule {}
