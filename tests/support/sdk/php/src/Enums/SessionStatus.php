<?php
/* Test stand-in for the Xident PHP SDK, from its documented call surface; records calls instead of sending them. */

declare(strict_types=1);

namespace Xident\SDK\Enums;

enum SessionStatus: string
{
    case Pending = 'pending';
    case InProgress = 'in_progress';
    case Success = 'success';
    case Failed = 'failed';
    case Canceled = 'canceled';
    case Claimed = 'claimed';

    /** Legacy name of Success. */
    public const Completed = self::Success;

    /** Maps the legacy "completed" onto Success; null for an unknown value. */
    public static function normalize(string $raw): ?self
    {
        return self::tryFrom($raw === 'completed' ? self::Success->value : $raw);
    }

    public function isTerminal(): bool
    {
        return match ($this) {
            self::Success, self::Failed, self::Canceled, self::Claimed => true,
            default => false,
        };
    }
}
