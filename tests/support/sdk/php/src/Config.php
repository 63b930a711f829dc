<?php
/*
 * Test stand-in for the official Xident PHP SDK, written from its documented
 * call surface. Client settings, read-only; the key is checked as the SDK
 * checks it, before any request.
 */

declare(strict_types=1);

namespace Xident\SDK;

final readonly class Config
{
    public const DEFAULT_BASE_URL = 'https://api.xident.io';
    public const SDK_VERSION = '3.1.1';
    public const PINNED_API_VERSION = '2026-08-13';

    public string $baseUrl;

    /**
     * @param ?string               $baseUrlArg The base URL exactly as passed (null when omitted).
     * @param array<string, string> $headers    Extra headers sent with every request.
     */
    public function __construct(
        public string $apiKey,
        public ?string $baseUrlArg,
        public int $timeout,
        public int $maxRetries,
        public array $headers,
    ) {
        if ($apiKey === '') {
            throw new \InvalidArgumentException('API key cannot be empty');
        }
        if (str_starts_with($apiKey, 'pk_')) {
            throw new \InvalidArgumentException(
                'Public keys (pk_*) cannot be used with the server SDK. Use your secret key (sk_live_* or sk_test_*).'
            );
        }
        if (!str_starts_with($apiKey, 'sk_live_') && !str_starts_with($apiKey, 'sk_test_')) {
            throw new \InvalidArgumentException('Invalid API key format. Must start with "sk_live_" or "sk_test_".');
        }
        $this->baseUrl = rtrim($baseUrlArg ?? self::DEFAULT_BASE_URL, '/');
    }

    public function apiUrl(): string
    {
        return $this->baseUrl . '/verify/v1';
    }
}
