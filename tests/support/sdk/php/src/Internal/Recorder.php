<?php
/*
 * Part of the test stand-in for the Xident PHP SDK (not an SDK class).
 * Appends one JSON line per API call to the file named by XIDENT_STANDIN_LOG,
 * describing the HTTP request the SDK would make; paths are relative to
 * {base_url}/verify/v1. Unset (null) body fields are left out.
 */

declare(strict_types=1);

namespace Xident\SDK\Internal;

use Xident\SDK\Config;

final class Recorder
{
    /**
     * Percent-encode one path segment as the SDK does. Note that the SDK uses
     * urlencode(), not rawurlencode(): a space becomes "+" and "~" becomes "%7E".
     */
    public static function segment(string $value): string
    {
        return urlencode($value);
    }

    /**
     * @param array<string, int>        $query
     * @param array<string, mixed>|null $body
     */
    public static function record(Config $config, string $method, string $path, array $query = [], ?array $body = null): void
    {
        $logPath = getenv('XIDENT_STANDIN_LOG');
        if ($logPath === false || $logPath === '') {
            return;
        }
        $line = [
            'sdk'      => 'php',
            'api_key'  => $config->apiKey,
            'base_url' => $config->baseUrlArg,
            'headers'  => (object) $config->headers,
            'method'   => $method,
            'path'     => $path,
            'query'    => (object) $query,
            'body'     => $body === null ? null : (object) array_filter($body, static fn ($v) => $v !== null),
        ];
        $json = json_encode($line, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
        file_put_contents($logPath, $json . "\n", FILE_APPEND | LOCK_EX);
    }
}
