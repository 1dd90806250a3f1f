import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** Numbers reserved at a time per district and year, per process. */
export const RECEIPT_BLOCK_SIZE = 50;

/** A number taken for an acceptance; `giveBack` if the acceptance did not commit. */
export interface TakenReceipt {
  receiptNo: string;
  giveBack(): void;
}

/**
 * An acceptance's claim on one reserved number, made before its transaction: `take` it inside,
 * `release` it after (a claim not taken, e.g. a racer that found the version moved, frees its place).
 */
export interface ReceiptClaim {
  /** `year` of the acceptance's day: a claim made on 31 December is not used for 1 January. */
  take(manager: EntityManager, year: number): Promise<TakenReceipt>;
  release(): void;
}

interface Block {
  /** Reserved and not handed out, smallest first (given-back numbers go back in order). */
  free: number[];
  /** Claims made and not yet taken or released: the reservation keeps `free` larger than this. */
  claims: number;
  /** The reservation under way, if any: every acceptance waiting for a number shares it. */
  reserving?: Promise<void>;
}

/**
 * 收件凭证 numbers, DISTRICT-YEAR-NNNNNN, unique per district and year without serialising the
 * acceptances of a district (issue 18). `receipt_sequence.last_value` is the highest number
 * reserved: a process reserves a block of numbers in a statement of its own (committed at once,
 * the counter row locked only for that statement) and hands them out from memory, smallest
 * first, each to an acceptance under its application's row lock. A number taken by an
 * acceptance that then fails is given back. Before, the counter row stayed locked until each
 * acceptance committed: every acceptance of a district waited for the one before it.
 *
 * Numbers stay unique across processes (each block is a disjoint range; the unique index on
 * receipt_no stands behind it). What they are not any more is gap-free and in acceptance order
 * across processes: a process that stops leaves the rest of its block unused, and two replicas
 * hand out interleaved ranges. The policy asks for a receipt (出具收件凭证), not a gap-free series.
 */
@Injectable()
export class ReceiptNumbers {
  private readonly blocks = new Map<string, Block>();
  private readonly blockSize = RECEIPT_BLOCK_SIZE;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Outside any transaction: a number of this district and year is kept in memory for the caller. */
  async claim(district: string, year: number): Promise<ReceiptClaim> {
    const block = this.blockOf(district, year);
    while (block.free.length <= block.claims) {
      block.reserving ??= this.reserveBlock(district, year, block).finally(() => {
        block.reserving = undefined;
      });
      await block.reserving;
    }
    block.claims++;
    let open = true;
    const close = (): boolean => {
      if (!open) return false;
      open = false;
      block.claims--;
      return true;
    };
    return {
      take: async (manager, takenIn) => {
        const value = close() && takenIn === year ? block.free.shift() : undefined;
        if (value === undefined) return this.takeFromCounter(manager, district, takenIn);
        return {
          receiptNo: format(district, year, value),
          giveBack: () => {
            const at = block.free.findIndex((free) => free > value);
            block.free.splice(at < 0 ? block.free.length : at, 0, value);
          },
        };
      },
      release: () => void close(),
    };
  }

  /**
   * An acceptance without a claim (rare: the version it read was not the one it sent, yet the row
   * has it now) or whose year moved between claim and take: the counter row inside the
   * acceptance's own transaction, as before. Unique still (the row stays locked until that
   * commit, and a rollback returns nothing anyone else holds).
   */
  async takeFromCounter(manager: EntityManager, district: string, year: number): Promise<TakenReceipt> {
    const [row]: Array<{ last_value: number }> = await manager.query(
      `INSERT INTO application.receipt_sequence (district, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (district, year) DO UPDATE SET last_value = application.receipt_sequence.last_value + 1
       RETURNING last_value`,
      [district, year],
    );
    return { receiptNo: format(district, year, Number(row?.last_value)), giveBack: () => undefined };
  }

  private blockOf(district: string, year: number): Block {
    const key = `${district}:${year}`;
    let block = this.blocks.get(key);
    if (!block) this.blocks.set(key, (block = { free: [], claims: 0 }));
    return block;
  }

  private async reserveBlock(district: string, year: number, block: Block): Promise<void> {
    const [row]: Array<{ last_value: number }> = await this.dataSource.query(
      `INSERT INTO application.receipt_sequence (district, year, last_value) VALUES ($1, $2, $3)
       ON CONFLICT (district, year) DO UPDATE SET last_value = application.receipt_sequence.last_value + $3
       RETURNING last_value`,
      [district, year, this.blockSize],
    );
    const last = Number(row?.last_value);
    for (let value = last - this.blockSize + 1; value <= last; value++) block.free.push(value);
  }
}

function format(district: string, year: number, value: number): string {
  return `${district}-${year}-${String(value).padStart(6, '0')}`;
}
