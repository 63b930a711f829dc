#pragma once

#include "http/httpserver.h"

namespace Xident::Sandbox {

// The sandbox speaks HTTP through the project's server and its request guard (src/http).
using HttpRequest = Http::Request;
using HttpReply = Http::Response;
using HttpFrontend = Http::Server;

} // namespace Xident::Sandbox
