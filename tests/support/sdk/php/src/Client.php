<?php
/*
 * Test stand-in for the official Xident PHP SDK (xident-io/php-sdk 3.x),
 * written from its documented call surface for this project's tests.
 *
 * Class, method and parameter names and types follow the SDK, so a snippet
 * written for the real SDK runs unchanged, while an unknown named argument,
 * a wrong type (under strict_types) or a wrong method name fails with an
 * Error/TypeError. Nothing is sent: every API call appends one JSON line to
 * the file named by XIDENT_STANDIN_LOG describing the request the SDK would
 * make, and returns a fixed, plausible result.
 */

declare(strict_types=1);

namespace Xident\SDK;

use Xident\SDK\Resources\Blacklist;
use Xident\SDK\Resources\Face2FA;
use Xident\SDK\Resources\Verification;
use Xident\SDK\Resources\Webhooks;

final class Client
{
    private Config $config;
    private ?Verification $verification = null;
    private ?Blacklist $blacklist = null;
    private ?Face2FA $face2fa = null;
    private ?Webhooks $webhooks = null;

    /** @param array<string, string>|null $headers Extra headers for every request. */
    public function __construct(
        string $apiKey,
        ?string $baseUrl = null,
        ?int $timeout = null,
        ?int $maxRetries = null,
        ?array $headers = null,
    ) {
        $this->config = new Config(
            apiKey: $apiKey,
            baseUrlArg: $baseUrl,
            timeout: max(1, $timeout ?? 30),
            maxRetries: max(0, $maxRetries ?? 3),
            headers: $headers ?? [],
        );
    }

    public function verification(): Verification
    {
        return $this->verification ??= new Verification($this->config);
    }

    public function blacklist(): Blacklist
    {
        return $this->blacklist ??= new Blacklist($this->config);
    }

    public function face2fa(): Face2FA
    {
        return $this->face2fa ??= new Face2FA($this->config);
    }

    public function webhooks(): Webhooks
    {
        return $this->webhooks ??= new Webhooks();
    }

    public static function version(): string
    {
        return Config::SDK_VERSION;
    }

    public function getConfig(): Config
    {
        return $this->config;
    }
}
