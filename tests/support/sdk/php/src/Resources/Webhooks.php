<?php
/*
 * Test stand-in for the Xident PHP SDK, from its documented call surface.
 * Webhooks are checked locally (no HTTP, nothing recorded), as the SDK 3.x
 * does it: "t=<unix>,v1=<hex>", HMAC-SHA256 over "<t>.<payload>", a past-only
 * age check against $tolerance (0 disables), the last v1= is the one compared,
 * failures throw ValidationException.
 */

declare(strict_types=1);

namespace Xident\SDK\Resources;

use Xident\SDK\Exceptions\ValidationException;

final class Webhooks
{
    /** @return array{type: string, data: array<mixed>, id: ?string, created: ?int} */
    public function constructEvent(string $payload, string $signature, string $secret, int $tolerance = 300): array
    {
        $this->verifySignature($payload, $signature, $secret, $tolerance);
        return $this->parseEvent($payload);
    }

    public function verifySignature(string $payload, string $signature, string $secret, int $tolerance = 300): bool
    {
        if ($signature === '') {
            throw new ValidationException('Missing webhook signature', 'MISSING_SIGNATURE');
        }
        if ($secret === '') {
            throw new ValidationException('Missing webhook secret', 'MISSING_SECRET');
        }
        $parts = [];
        foreach (explode(',', $signature) as $pair) {
            $kv = explode('=', $pair, 2);
            if (count($kv) === 2) {
                $parts[$kv[0]] = $kv[1];
            }
        }
        if (!isset($parts['t'], $parts['v1'])) {
            throw new ValidationException('Invalid signature format — expected t=TIMESTAMP,v1=HMAC', 'INVALID_SIGNATURE_FORMAT');
        }
        $timestamp = (int) $parts['t'];
        if ($tolerance > 0 && time() - $timestamp > $tolerance) {
            throw new ValidationException('Webhook timestamp too old', 'SIGNATURE_EXPIRED');
        }
        if (!hash_equals(hash_hmac('sha256', $timestamp . '.' . $payload, $secret), $parts['v1'])) {
            throw new ValidationException('Webhook signature verification failed', 'INVALID_SIGNATURE');
        }
        return true;
    }

    /** @return array{type: string, data: array<mixed>, id: ?string, created: ?int} */
    public function parseEvent(string $payload): array
    {
        $decoded = json_decode($payload, true);
        if (!is_array($decoded)) {
            throw new ValidationException('Invalid webhook payload — not valid JSON', 'INVALID_PAYLOAD');
        }
        $id = $decoded['id'] ?? $decoded['event_id'] ?? null;
        return [
            'type'    => (string) ($decoded['type'] ?? $decoded['event_type'] ?? ''),
            'data'    => (array) ($decoded['data'] ?? $decoded),
            'id'      => $id === null ? null : (string) $id,
            'created' => isset($decoded['created']) ? (int) $decoded['created'] : null,
        ];
    }
}
