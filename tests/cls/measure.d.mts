export interface ClsResult {
  /** The largest session window of layout shifts without recent input, as Chrome's CLS. */
  cls: number;
  shifts: {at: number; value: number; sources: string[]}[];
  /** Whether the timeline was drawn (or its error shown) before the measurement ended. */
  drawn: boolean;
}
export function clsInPage(win?: Window, settleMs?: number): Promise<ClsResult>;
export function measureCls(
  browser: unknown,
  url: string,
  options?: {width: number; height?: number; colorScheme?: string},
): Promise<ClsResult>;
