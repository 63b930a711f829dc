<?php
/* Test stand-in for the Xident PHP SDK, from its documented call surface; records calls instead of sending them. */

declare(strict_types=1);

namespace Xident\SDK\Responses;

use Xident\SDK\Enums\SessionStatus;

/** The v1 result contract with the property and helper names of the SDK 3.x. */
final readonly class SessionResult
{
    public function __construct(
        public string $token,
        public SessionStatus $status,
        public bool $verified,
        public string $reason,
        public ?string $verificationType,
        public ?string $ipCountry,
        public ?string $externalUserId,
        public ResultChecks $checks,
        public ?Risk $risk,
        public string $createdAt,
        public ?string $completedAt,
        public ?string $expiresAt,
    ) {}

    public function isVerified(): bool
    {
        return $this->status === SessionStatus::Success;
    }

    public function isCompleted(): bool
    {
        return $this->isVerified();
    }

    public function isFailed(): bool
    {
        return $this->status === SessionStatus::Failed;
    }

    public function isPending(): bool
    {
        return $this->status === SessionStatus::Pending || $this->status === SessionStatus::InProgress;
    }

    public function isTerminal(): bool
    {
        return $this->status->isTerminal();
    }

    public function ageBracket(): ?int
    {
        return $this->checks->age->passed ? $this->checks->age->gate : null;
    }

    public function method(): ?string
    {
        return $this->verificationType;
    }
}
