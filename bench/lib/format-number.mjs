export const formatCount = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a');
export const formatMs = (value) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 0)} ms` : 'n/a');
export const formatMB = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024 ** 2).toFixed(0)} MB` : 'n/a');
export const formatKB = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(2)} KB` : 'n/a');
export const formatMiB = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024 ** 2).toFixed(2)} MiB` : 'n/a');
export const formatPercent = (ratio) => (Number.isFinite(ratio) ? `${Math.round(ratio * 100)}%` : 'n/a');
