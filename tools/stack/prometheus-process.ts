import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManagedProcess, startProcess } from './child-process';

export interface PrometheusProcessOptions {
  /** Name in error messages, and the sub-directory of `dir` for its config and TSDB. */
  name: string;
  dir: string;
  port: number;
  /** The configuration, as text (JSON is valid YAML). */
  config: string;
  /** `--enable-feature=exemplar-storage`: without it Prometheus keeps no exemplars at all. */
  exemplarStorage: boolean;
  /** `--web.enable-remote-write-receiver` (Prometheus 2.33+): accept `POST /api/v1/write`. */
  remoteWriteReceiver?: boolean;
}

/** One real Prometheus on 127.0.0.1, its files under `dir/name` (the caller removes `dir`). */
export function startPrometheus(opts: PrometheusProcessOptions): ManagedProcess {
  const home = join(opts.dir, opts.name);
  mkdirSync(home, { recursive: true });
  const configFile = join(home, 'prometheus.yml');
  writeFileSync(configFile, opts.config);
  return startProcess(
    opts.name,
    process.env.PROMETHEUS_BIN ?? 'prometheus',
    [
      ...(opts.exemplarStorage ? ['--enable-feature=exemplar-storage'] : []),
      ...(opts.remoteWriteReceiver ? ['--web.enable-remote-write-receiver'] : []),
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${join(home, 'tsdb')}`,
      `--web.listen-address=127.0.0.1:${opts.port}`,
      '--log.level=warn',
    ],
    process.env
  );
}
