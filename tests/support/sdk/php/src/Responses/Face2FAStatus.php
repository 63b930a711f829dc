<?php
/* Test stand-in for the Xident PHP SDK, from its documented call surface; records calls instead of sending them. */

declare(strict_types=1);

namespace Xident\SDK\Responses;

final readonly class Face2FAStatus
{
    public function __construct(
        public string $challengeId,
        public string $kind,
        public string $status,
        public ?bool $passed = null,
        public ?string $failureReason = null,
        public string $expiresAt = '',
        public ?string $completedAt = null,
    ) {}

    public function isProcessing(): bool
    {
        return $this->status === 'processing';
    }

    /** Terminal once a verdict exists, as in the SDK. */
    public function isTerminal(): bool
    {
        return $this->passed !== null;
    }

    public function hasPassed(): bool
    {
        return $this->passed === true;
    }
}
