<?php
/* Test stand-in for the Xident PHP SDK, from its documented call surface; records calls instead of sending them. */

declare(strict_types=1);

namespace Xident\SDK\Responses;

final readonly class Face2FAChallenge
{
    public function __construct(
        public string $challengeId,
        public string $status,
    ) {}

    public function isProcessing(): bool
    {
        return $this->status === 'processing';
    }
}
