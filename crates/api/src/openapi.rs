//! The OpenAPI 3.1 document served at `/v1/openapi.json`.
//!
//! Routes are registered through [`Api::route`], which takes a handler together with the
//! [`Operation`] that describes it, so the document can neither list a route the router lacks nor
//! miss one it has. Request and response schemas are generated from the wire types themselves
//! (schemars derives in core and engine, reading the same serde attributes that (de)serialize
//! them): bodies and queries under the Deserialize contract, responses under the Serialize one.

use axum::handler::Handler;
use axum::routing::{on, MethodFilter};
use axum::Router;
use schemars::generate::{Contract, SchemaSettings};
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{json, Map, Value};

use crate::AppState;
use ozzie_engine::domain::wire::ErrorEnvelope;

/// Writes the schema of a type into a generator and returns a reference to it.
pub(crate) type SchemaOf = fn(&mut SchemaGenerator) -> Schema;

pub(crate) fn schema_of<T: JsonSchema>(g: &mut SchemaGenerator) -> Schema {
    g.subschema_for::<T>()
}

/// The schema of a type with everything inlined (a query string's parameters).
type InlineSchemaOf = fn() -> Schema;

fn inline_schema_of<T: JsonSchema>() -> Schema {
    SchemaSettings::draft2020_12()
        .with(|s| {
            s.inline_subschemas = true;
            s.meta_schema = None;
        })
        .into_generator()
        .into_root_schema_for::<T>()
}

/// The body of one documented response.
enum Content {
    /// The seed's envelope `{"object": <object>, "data": <one of the schemas>}`.
    Envelope { object: &'static str, data: Vec<SchemaOf> },
    /// Plain text (the webhook's verification challenge).
    Text,
    /// Server-sent events (a streamed coach reply) with these event names; each event's data is
    /// a JSON document.
    EventStream(&'static [&'static str]),
}

struct Reply {
    status: u16,
    description: &'static str,
    content: Content,
}

/// One method on one path, as the document shows it.
pub(crate) struct Operation {
    method: &'static str,
    path: &'static str,
    id: &'static str,
    summary: &'static str,
    tag: &'static str,
    /// Authenticated with the client's Bearer credentials (and so may answer 401 and 429).
    client_auth: bool,
    body: Option<SchemaOf>,
    query: Option<InlineSchemaOf>,
    headers: Vec<(&'static str, &'static str)>,
    replies: Vec<Reply>,
    errors: Vec<u16>,
}

impl Operation {
    fn new(method: &'static str, path: &'static str, id: &'static str, summary: &'static str) -> Operation {
        let tag = if path.contains("/webhooks/") {
            "webhooks"
        } else if path.starts_with("/v1/device/") {
            "device"
        } else {
            path.split('/').nth(4).unwrap_or("users")
        };
        Operation { method, path, id, summary, tag, client_auth: true, body: None, query: None, headers: Vec::new(), replies: Vec::new(), errors: Vec::new() }
    }

    pub(crate) fn get(path: &'static str, id: &'static str, summary: &'static str) -> Operation {
        Operation::new("get", path, id, summary)
    }

    pub(crate) fn post(path: &'static str, id: &'static str, summary: &'static str) -> Operation {
        Operation::new("post", path, id, summary)
    }

    pub(crate) fn patch(path: &'static str, id: &'static str, summary: &'static str) -> Operation {
        Operation::new("patch", path, id, summary)
    }

    pub(crate) fn put(path: &'static str, id: &'static str, summary: &'static str) -> Operation {
        Operation::new("put", path, id, summary)
    }

    pub(crate) fn delete(path: &'static str, id: &'static str, summary: &'static str) -> Operation {
        Operation::new("delete", path, id, summary)
    }

    /// Not behind client credentials (the webhook checks its own signature).
    pub(crate) fn public(mut self) -> Operation {
        self.client_auth = false;
        self
    }

    pub(crate) fn body<T: JsonSchema>(mut self) -> Operation {
        self.body = Some(schema_of::<T>);
        self
    }

    /// The query string's parameters are the properties of `T`.
    pub(crate) fn query<T: JsonSchema>(mut self) -> Operation {
        self.query = Some(inline_schema_of::<T>);
        self
    }

    /// A request header the operation reads.
    pub(crate) fn header(mut self, name: &'static str, description: &'static str) -> Operation {
        self.headers.push((name, description));
        self
    }

    /// Success: the seed's envelope around a `T`.
    pub(crate) fn returns<T: JsonSchema>(self, status: u16, object: &'static str) -> Operation {
        self.returns_one_of(status, object, vec![schema_of::<T>])
    }

    /// Success: the seed's envelope around one of several shapes (the two dialects).
    pub(crate) fn returns_one_of(mut self, status: u16, object: &'static str, data: Vec<SchemaOf>) -> Operation {
        self.replies.push(Reply { status, description: "Success, in the seed's envelope.", content: Content::Envelope { object, data } });
        self
    }

    pub(crate) fn returns_text(mut self, status: u16, description: &'static str) -> Operation {
        self.replies.push(Reply { status, description, content: Content::Text });
        self
    }

    /// Success: a stream of server-sent events named `events`, described in `description`.
    pub(crate) fn returns_events(mut self, status: u16, events: &'static [&'static str], description: &'static str) -> Operation {
        self.replies.push(Reply { status, description, content: Content::EventStream(events) });
        self
    }

    /// The error statuses besides the ones every route can answer (400 for an unreadable
    /// request; 401 and 429 for client routes).
    pub(crate) fn errors(mut self, statuses: &[u16]) -> Operation {
        self.errors.extend_from_slice(statuses);
        self
    }

    fn filter(&self) -> MethodFilter {
        match self.method {
            "get" => MethodFilter::GET,
            "patch" => MethodFilter::PATCH,
            "delete" => MethodFilter::DELETE,
            "put" => MethodFilter::PUT,
            _ => MethodFilter::POST,
        }
    }
}

/// The router and the document, built together.
pub(crate) struct Api {
    router: Router<AppState>,
    operations: Vec<Operation>,
}

impl Api {
    pub(crate) fn new() -> Api {
        Api { router: Router::new(), operations: Vec::new() }
    }

    pub(crate) fn route<H, T>(mut self, operation: Operation, handler: H) -> Api
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.router = self.router.route(operation.path, on(operation.filter(), handler));
        self.operations.push(operation);
        self
    }

    pub(crate) fn finish(self) -> (Router<AppState>, Value) {
        let document = document(&self.operations);
        (self.router, document)
    }
}

fn generator(contract: Contract) -> SchemaGenerator {
    SchemaSettings::draft2020_12()
        .with(|s| {
            s.definitions_path = "/components/schemas".into();
            s.meta_schema = None;
            s.contract = contract;
        })
        .into_generator()
}

fn error_text(status: u16) -> &'static str {
    match status {
        400 => "VALIDATION_ERROR (with the field at fault), INTAKE_REQUIRED, PLAN_REQUIRED or PERSONALITY_REQUIRED.",
        401 => "UNAUTHORIZED: missing or wrong credentials (or, for the webhook, signature).",
        403 => "The verify token does not match.",
        404 => "NOT_FOUND: no such user for this client.",
        409 => "CONFLICT: the external_user_id is taken.",
        413 => "VALIDATION_ERROR: the body is larger than the server takes.",
        429 => "RATE_LIMIT_EXCEEDED: wait the seconds in Retry-After.",
        502 => "A file could not be fetched from the WhatsApp Cloud API; the notification should be delivered again.",
        _ => "Error.",
    }
}

fn document(operations: &[Operation]) -> Value {
    // Requests and responses are separate contracts (an Option field may be left out of a
    // request, but a response always carries it, as null), so each has its own generator; the
    // two never describe the same type.
    let mut requests = generator(Contract::Deserialize);
    let mut responses = generator(Contract::Serialize);
    let error = responses.subschema_for::<ErrorEnvelope>();
    let mut paths = Map::new();
    for op in operations {
        let mut parameters = Vec::new();
        if op.path.contains("{id}") {
            parameters.push(json!({
                "name": "id", "in": "path", "required": true,
                "description": "The user: an Ozzie id (ozz_usr_…) or external:{external_user_id}, which is created on first use (Flow B).",
                "schema": { "type": "string", "pattern": "^(ozz_usr_[0-9A-Z]{26}|external:[A-Za-z0-9_.@+-]{1,100})$" },
                "example": "external:customer-42"
            }));
        }
        for name in op.path.split('/').filter_map(|seg| seg.strip_prefix('{')?.strip_suffix('}')).filter(|n| *n != "id") {
            let (description, schema) = match name {
                "transaction_id" => ("A transaction's id, as listed (ozz_txn_…).", json!({ "type": "string", "pattern": "^ozz_txn_[0-9A-Z]{26}$" })),
                "move_id" => ("A money move's id, as listed.", json!({ "type": "string", "minLength": 1 })),
                "task_id" => ("A task's id within its money move.", json!({ "type": "string", "minLength": 1 })),
                "key" => ("A setting's name, e.g. provider or openai.base_url.", json!({ "type": "string", "minLength": 1 })),
                _ => ("", json!({ "type": "string" })),
            };
            parameters.push(json!({ "name": name, "in": "path", "required": true, "description": description, "schema": schema }));
        }
        if let Some(query) = op.query {
            let inline = query();
            if let Some(Value::Object(props)) = inline.get("properties") {
                for (name, schema) in props {
                    let mut schema = schema.clone();
                    let description = schema.as_object_mut().and_then(|o| o.remove("description"));
                    let mut p = json!({ "name": name, "in": "query", "required": false, "schema": schema });
                    if let Some(d) = description {
                        p["description"] = d;
                    }
                    parameters.push(p);
                }
            }
        }
        for (name, description) in &op.headers {
            parameters.push(json!({ "name": name, "in": "header", "required": false, "description": description, "schema": { "type": "string" } }));
        }
        let mut out = Map::new();
        for reply in &op.replies {
            let content = match &reply.content {
                Content::Envelope { object, data } => {
                    let mut shapes: Vec<Value> = data.iter().map(|f| f(&mut responses).to_value()).collect();
                    let data = if shapes.len() == 1 { shapes.remove(0) } else { json!({ "oneOf": shapes }) };
                    json!({ "application/json": { "schema": {
                        "type": "object", "required": ["object", "data"],
                        "properties": { "object": { "const": object }, "data": data }
                    }}})
                }
                Content::Text => json!({ "text/plain": { "schema": { "type": "string" } } }),
                // The schema of one event, as an SSE client reads it (event name and its data).
                Content::EventStream(events) => json!({ "text/event-stream": { "schema": {
                    "type": "object",
                    "required": ["event", "data"],
                    "properties": {
                        "event": { "enum": events },
                        "data": { "type": "string", "contentMediaType": "application/json" }
                    }
                }}}),
            };
            out.insert(reply.status.to_string(), json!({ "description": reply.description, "content": content }));
        }
        let mut statuses = vec![400];
        if op.client_auth {
            statuses.extend([401, 429]);
        }
        statuses.extend(op.errors.iter().copied());
        statuses.sort_unstable();
        statuses.dedup();
        for status in statuses {
            let mut response = json!({ "description": error_text(status), "content": { "application/json": { "schema": error.clone().to_value() } } });
            if status == 429 {
                response["headers"] = json!({ "Retry-After": { "description": "Seconds until the client may call again.", "schema": { "type": "integer", "minimum": 1 } } });
            }
            out.insert(status.to_string(), response);
        }
        let mut operation = json!({
            "operationId": op.id,
            "summary": op.summary,
            "tags": [op.tag],
            "parameters": parameters,
            "responses": out,
        });
        if let Some(body) = op.body {
            operation["requestBody"] = json!({ "required": false, "content": { "application/json": { "schema": body(&mut requests).to_value() } } });
        }
        if !op.client_auth {
            operation["security"] = json!([]);
        }
        let item = paths.entry(op.path.trim_start_matches("/v1").to_string()).or_insert_with(|| json!({}));
        item[op.method] = operation;
    }
    let mut schemas = requests.take_definitions(true);
    for (name, schema) in responses.take_definitions(true) {
        // A type on both sides must look the same under both contracts, or one side's
        // references would be wrong (the document test checks every response against it).
        if let Some(previous) = schemas.insert(name.clone(), schema.clone()) {
            if previous != schema {
                tracing::error!(%name, "a type is described differently as a request and as a response");
            }
        }
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Ozzie Local API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The Ozzie /v1 API served by `ozzie serve`, in both seed dialects. Every response is the seed's envelope: {\"object\", \"data\"} or {\"error\": {\"code\", \"message\", \"field\"}}."
        },
        "servers": [{ "url": "/v1" }],
        "security": [{ "client": [] }],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "client": {
                    "type": "http", "scheme": "bearer",
                    "description": "base64(client_id:client_secret) of a client made with `ozzie api-client create NAME`."
                }
            }
        }
    })
}
