/** Policy of the bench-only stock route: it admits requests only while BENCH_STOCK_API=true outside production. */
export default () => process.env.BENCH_STOCK_API === 'true' && process.env.NODE_ENV !== 'production';
