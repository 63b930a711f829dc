#pragma once

#include <XidentQt/error.h>

//! The xident tool's documented exit codes; scripts switch on them.
namespace Xident::Cli {

enum ExitCode : int {
    Success = 0,
    Failure = 1,            //!< unexpected internal failure
    Usage = 2,              //!< bad command, flag or value; unreadable file
    Configuration = 3,      //!< refused locally before any request (key, URL, parameter)
    Authentication = 4,     //!< 401/403
    Validation = 5,         //!< 400 and other 4xx
    NotFound = 6,           //!< 404: unknown or expired token
    RateLimited = 7,        //!< 429 after the retry budget
    Server = 8,             //!< 5xx after retries
    Network = 9,            //!< no answer: refused, reset, DNS, TLS, timeout
    Protocol = 10,          //!< unreadable answer: not JSON, too large, or a redirect
    WebhookInvalid = 11,    //!< webhook verify: the signature or body is not valid
    WaitTimeout = 12,       //!< result --wait: no final status in time
    Face2faNegative = 13,   //!< 2fa --wait: the challenge failed or expired
    Unexpected = 14,        //!< result --expect: the session ended otherwise than expected
    Canceled = 130,
};

inline int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NoError: return Success;
    case ErrorKind::Configuration: return Configuration;
    case ErrorKind::Authentication: return Authentication;
    case ErrorKind::Validation: return Validation;
    case ErrorKind::NotFound: return NotFound;
    case ErrorKind::RateLimit: return RateLimited;
    case ErrorKind::Server: return Server;
    case ErrorKind::Network:
    case ErrorKind::Timeout: return Network;
    case ErrorKind::Parse:
    case ErrorKind::TooLarge:
    case ErrorKind::Redirect: return Protocol;
    case ErrorKind::Canceled: return Canceled;
    }
    return Failure;
}

} // namespace Xident::Cli
