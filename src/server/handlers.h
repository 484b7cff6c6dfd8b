// The /v1 handlers, one per path (api.cpp routes to them). Each reads its parameters through
// Params and writes its JSON with JsonWriter.
#pragma once

#include "server/api.h"
#include "server/params.h"

namespace entente::api_internal {

ApiResponse Health(Database& db, Params& params);
ApiResponse Actors(Database& db, Params& params, const ApiOptions& options);
ApiResponse Network(Database& db, Params& params);
ApiResponse Dyads(Database& db, Params& params);
ApiResponse Relations(Database& db, Params& params);
ApiResponse Events(Database& db, Params& params, const ApiOptions& options);
ApiResponse Code(const ApiRequest& request, Params& params, const CodeTextFn& code,
                 const ApiOptions& options);

// A Status from the store as a response: an interrupted (over-time) query is 503, the rest 500.
ApiResponse StoreError(const Status& status);
// 400 with the parameters' first error, or nullopt-like empty body when they are fine.
bool BadParams(const Params& params, ApiResponse& response);

}  // namespace entente::api_internal
