#!/usr/bin/env node
// Cross-language client: calls the checkout gateway the way another team's Node.js service
// would, with @grpc/grpc-js and the .proto contract loaded at run time by @grpc/proto-loader.
//
//   node tests/node/client.js HOST:PORT SESSION_ID
//   node tests/node/client.js HOST:PORT SESSION_ID watch
//
// With GATEWAY_CA set (a PEM file), it calls over TLS trusting that CA; with GATEWAY_CLIENT_CERT
// and GATEWAY_CLIENT_KEY too, over mTLS; with GATEWAY_TOKEN, every call carries
// `authorization: Bearer <token>`.
//
// Prints one JSON object on stdout:
//   {"get": {"id", "status", "request_id"},
//    "stream": {"count", "ids", "statuses", "request_id"}}
// or, with `watch`, what WatchCheckoutSession sent until it ended OK:
//   {"watch": {"ids", "statuses", "payment_statuses"}}
// Exits non-zero (message on stderr) if a call fails.
'use strict';

const fs = require('fs');
const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const REPO = path.resolve(__dirname, '..', '..');
const PROTO_ROOT = path.join(REPO, 'proto');
const SERVICE_PROTO = 'checkout_gateway/v1/checkout_session_service.proto';

// google/protobuf/{struct,descriptor}.proto: protobufjs (under proto-loader) ships these, but
// prefer the exact copies protoc uses when the Python venv's grpc_tools is present.
function wellKnownDirs() {
  const dirs = [];
  if (process.env.GOOGLE_PROTO_DIR) dirs.push(process.env.GOOGLE_PROTO_DIR);
  const lib = path.join(REPO, '.venv', 'lib');
  if (fs.existsSync(lib)) {
    for (const py of fs.readdirSync(lib)) {
      const dir = path.join(lib, py, 'site-packages', 'grpc_tools', '_proto');
      if (fs.existsSync(path.join(dir, 'google', 'protobuf', 'struct.proto'))) dirs.push(dir);
    }
  }
  return dirs;
}

function loadService() {
  const definition = protoLoader.loadSync(SERVICE_PROTO, {
    keepCase: true, // Stripe's snake_case field names, as in the contract
    enums: String, // enum values by name, e.g. "STATUS_OPEN"
    longs: String,
    defaults: false,
    oneofs: true,
    includeDirs: [PROTO_ROOT, ...wellKnownDirs()],
  });
  const pkg = grpc.loadPackageDefinition(definition);
  return pkg.checkout_gateway.v1.CheckoutSessionService;
}

function metadataValue(metadata, key) {
  if (!metadata) return null;
  const values = metadata.get(key);
  return values.length ? String(values[0]) : null;
}

// The gateway sends `request-id` as metadata (trailing, after the call); check both.
function requestId(headers, trailers) {
  return metadataValue(trailers, 'request-id') || metadataValue(headers, 'request-id');
}

function getSession(client, id) {
  return new Promise((resolve, reject) => {
    let headers = null;
    let response = null;
    let error = null;
    const call = client.GetCheckoutSession(
      { id },
      { deadline: Date.now() + 10000 },
      (err, res) => {
        error = err;
        response = res;
      },
    );
    call.on('metadata', (md) => {
      headers = md;
    });
    call.on('status', (status) => {
      // 'status' follows the callback, so response/error are set by now.
      setImmediate(() => {
        if (error) return reject(error);
        resolve({
          id: response.id,
          status: response.status,
          request_id: requestId(headers, status.metadata),
        });
      });
    });
  });
}

function streamSessions(client) {
  return new Promise((resolve, reject) => {
    let headers = null;
    const sessions = [];
    let error = null;
    const call = client.StreamCheckoutSessions({}, { deadline: Date.now() + 10000 });
    call.on('metadata', (md) => {
      headers = md;
    });
    call.on('data', (session) => sessions.push(session));
    call.on('error', (err) => {
      error = err;
    });
    call.on('status', (status) => {
      setImmediate(() => {
        if (error) return reject(error);
        resolve({
          count: sessions.length,
          ids: sessions.map((s) => s.id),
          statuses: sessions.map((s) => s.status),
          request_id: requestId(headers, status.metadata),
        });
      });
    });
  });
}

function credentials() {
  const env = process.env;
  if (!env.GATEWAY_CA) return grpc.credentials.createInsecure();
  const read = (name) => (env[name] ? fs.readFileSync(env[name]) : null);
  const tls = grpc.credentials.createSsl(
    read('GATEWAY_CA'),
    read('GATEWAY_CLIENT_KEY'),
    read('GATEWAY_CLIENT_CERT'),
  );
  if (!env.GATEWAY_TOKEN) return tls;
  const token = grpc.credentials.createFromMetadataGenerator((_params, callback) => {
    const metadata = new grpc.Metadata();
    metadata.add('authorization', `Bearer ${env.GATEWAY_TOKEN}`);
    callback(null, metadata);
  });
  return grpc.credentials.combineChannelCredentials(tls, token);
}

// Writes `watching` on stderr once the first state has arrived, so a test can change the
// session only after the watch has begun.
function watchSession(client, id) {
  return new Promise((resolve, reject) => {
    const sessions = [];
    let error = null;
    const call = client.WatchCheckoutSession({ id }, { deadline: Date.now() + 60000 });
    call.on('data', (session) => {
      sessions.push(session);
      if (sessions.length === 1) process.stderr.write('watching\n');
    });
    call.on('error', (err) => {
      error = err;
    });
    call.on('status', () => {
      setImmediate(() => {
        if (error) return reject(error);
        resolve({
          ids: sessions.map((s) => s.id),
          statuses: sessions.map((s) => s.status),
          payment_statuses: sessions.map((s) => s.payment_status),
        });
      });
    });
  });
}

async function main() {
  const [target, id, mode] = process.argv.slice(2);
  if (!target || !id) {
    process.stderr.write('usage: node client.js HOST:PORT SESSION_ID\n');
    process.exit(2);
  }
  const Service = loadService();
  const client = new Service(target, credentials());
  try {
    if (mode === 'watch') {
      const watch = await watchSession(client, id);
      process.stdout.write(JSON.stringify({ watch }) + '\n');
      return;
    }
    const get = await getSession(client, id);
    const stream = await streamSessions(client);
    process.stdout.write(JSON.stringify({ get, stream }) + '\n');
  } finally {
    client.close();
  }
}

main().catch((err) => {
  process.stderr.write(`error: ${err.code !== undefined ? `code ${err.code}: ` : ''}${err.message}\n`);
  process.exit(1);
});
