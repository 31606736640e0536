#!/usr/bin/env node
/**
 * Validates Kubernetes objects against the Kubernetes OpenAPI schemas that the npm package
 * `kubernetes-models` ships (offline; no cluster). ESM-only package, hence a script of its own:
 * reads a JSON array of objects on stdin, prints a JSON array of { kind, name, error } on stdout
 * (error null when valid, or the validator's message; unknown kinds are an error too).
 */
import * as k8s from 'kubernetes-models';

const byApiVersion = {
  v1: k8s.v1,
  'apps/v1': k8s.apps.v1,
  'batch/v1': k8s.batch.v1,
  'networking.k8s.io/v1': k8s.networkingK8sIo.v1,
  'autoscaling/v2': k8s.autoscaling.v2,
  'policy/v1': k8s.policy.v1,
};

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = JSON.parse(input).map((object) => {
  const name = object?.metadata?.name;
  const Model = byApiVersion[object?.apiVersion]?.[object?.kind];
  if (!Model) return { kind: object?.kind, name, error: `no schema for ${object?.apiVersion} ${object?.kind}` };
  try {
    new Model(object).validate();
    return { kind: object.kind, name, error: null };
  } catch (e) {
    return { kind: object.kind, name, error: String(e.message ?? e) };
  }
});
process.stdout.write(JSON.stringify(results));
