<?php
/* Test stand-in for the Xident PHP SDK, from its documented call surface; records calls instead of sending them. */

declare(strict_types=1);

namespace Xident\SDK\Responses;

final readonly class BlacklistEntryList
{
    /** @param list<BlacklistEntry> $entries */
    public function __construct(
        public array $entries,
        public int $page,
        public int $perPage,
        public int $total,
        public int $totalPages,
    ) {}

    public function count(): int
    {
        return count($this->entries);
    }

    public function hasMore(): bool
    {
        return $this->page < $this->totalPages;
    }
}
