import {
  BadRequestException,
  ConflictException,
  Controller,
  Headers,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Req,
  UnauthorizedException,
} from '@nestjs/common';
import { Public } from '@points/auth';
import { GATEWAY_SIGNATURE_HEADER, GATEWAY_TIMESTAMP_HEADER } from '../providers/http-gateway.provider';
import { SmsReceiptsService } from './sms-receipts.service';

/**
 * Delivery receipts from SMS providers. Providers hold no user token and do not come through the
 * gateway, so the route is @Public for the deny-by-default guard (which checks the gateway secret
 * on GraphQL requests only) and authenticates each request by the provider's own HMAC instead.
 */
@Controller('webhooks/sms-receipts')
export class SmsReceiptsController {
  constructor(private readonly receipts: SmsReceiptsService) {}

  @Public()
  @Post(':provider')
  @HttpCode(200)
  async receive(
    @Param('provider') provider: string,
    @Headers(GATEWAY_TIMESTAMP_HEADER) timestamp: string | undefined,
    @Headers(GATEWAY_SIGNATURE_HEADER) signature: string | undefined,
    @Req() request: { body?: unknown; rawBody?: Buffer },
  ): Promise<{ applied: boolean }> {
    // The signature covers the bytes sent. Nest keeps them when the app is created with
    // rawBody: true; until then the parsed JSON re-serialised is what senders sign (compact JSON).
    const rawBody = request.rawBody?.toString('utf8') ?? JSON.stringify(request.body ?? null);
    const outcome = await this.receipts.handle(
      provider,
      { timestamp: timestamp ?? '', signature: signature ?? '' },
      rawBody,
    );
    switch (outcome.kind) {
      case 'OK':
        return { applied: outcome.applied };
      case 'UNKNOWN_PROVIDER':
        throw new NotFoundException('no such provider takes receipts here');
      case 'BAD_SIGNATURE':
        throw new UnauthorizedException('bad signature');
      case 'STALE':
        throw new UnauthorizedException('timestamp outside the accepted window');
      case 'REPLAY':
        throw new ConflictException('receipt already received');
      case 'BAD_BODY':
        throw new BadRequestException(outcome.message);
    }
  }
}
