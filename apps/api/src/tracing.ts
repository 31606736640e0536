/**
 * OpenTelemetry traces, only when OTEL_EXPORTER_OTLP_ENDPOINT is set. Imported first by main.ts,
 * before express, pg and graphql are loaded, so that the instrumentations can patch them. Without
 * the variable no OpenTelemetry module is loaded at all (they are required lazily here).
 *
 * Spans: incoming HTTP requests, Express routing, GraphQL parse/validate/execute (without
 * variables), and every pg query (statement text without parameter values). Exported over
 * OTLP/HTTP (protobuf) to `${OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces`; the SDK also reads the
 * standard OTEL_* variables (OTEL_SERVICE_NAME, OTEL_TRACES_SAMPLER, …).
 */
export function startTracing(env: NodeJS.ProcessEnv = process.env): { shutdown(): Promise<void> } | undefined {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  // Traces only: metrics are Prometheus' (/metrics), logs are stdout. The SDK would otherwise
  // also start OTLP metric and log exporters from the environment.
  env.OTEL_METRICS_EXPORTER ??= 'none';
  env.OTEL_LOGS_EXPORTER ??= 'none';
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-proto') as typeof import('@opentelemetry/exporter-trace-otlp-proto');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation } = require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { GraphQLInstrumentation } = require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ?? 'gemeinwerk-api',
    traceExporter: new OTLPTraceExporter(),
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => /^\/(health|metrics)(\/|$)/.test(req.url ?? '') }),
      new ExpressInstrumentation(),
      new GraphQLInstrumentation({ allowValues: false, mergeItems: true }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}

export const tracing = startTracing();
