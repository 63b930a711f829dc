<?php
/* Test stand-in for the Xident PHP SDK, from its documented call surface; records calls instead of sending them. */

declare(strict_types=1);

namespace Xident\SDK\Responses;

final readonly class BlacklistEntry
{
    public function __construct(
        public int $id,
        public string $reason,
        public string $source,
        public ?int $sessionId = null,
        public string $createdAt = '',
    ) {}
}
