// lunar-javascript ships no type declarations: these are the few calls the statutory rules make
// (statutory-rules.util.ts), as its README documents them.
declare module 'lunar-javascript' {
  export interface SolarDay {
    /** "YYYY-MM-DD". */
    toYmd(): string;
    getLunar(): LunarDay;
  }
  export interface LunarDay {
    getSolar(): SolarDay;
    /** The solar terms around this lunar year, by Chinese name ("清明" …). */
    getJieQiTable(): Record<string, SolarDay>;
  }
  export const Solar: { fromYmd(year: number, month: number, day: number): SolarDay };
  export const Lunar: { fromYmd(lunarYear: number, lunarMonth: number, lunarDay: number): LunarDay };
}
