<?php
/* Test stand-in for the Xident PHP SDK, from its documented call surface; records calls instead of sending them. */

declare(strict_types=1);

namespace Xident\SDK\Resources;

use Xident\SDK\Config;
use Xident\SDK\Internal\Recorder;
use Xident\SDK\Responses\BlacklistEntry;
use Xident\SDK\Responses\BlacklistEntryList;

final class Blacklist
{
    public function __construct(private readonly Config $config) {}

    /** Always sends page and per_page, as the SDK does. */
    public function list(int $page = 1, int $perPage = 20): BlacklistEntryList
    {
        if ($page < 1) {
            throw new \InvalidArgumentException('Page must be >= 1');
        }
        if ($perPage < 1 || $perPage > 100) {
            throw new \InvalidArgumentException('Per page must be between 1 and 100');
        }
        Recorder::record($this->config, 'GET', '/blacklist', ['page' => $page, 'per_page' => $perPage]);
        $entry = new BlacklistEntry(id: 1, reason: 'standin entry', source: 'image', sessionId: null,
            createdAt: '2026-08-13T10:00:00Z');
        return new BlacklistEntryList(entries: [$entry], page: $page, perPage: $perPage, total: 1, totalPages: 1);
    }

    /** Returns the processing status string ("processing"). */
    public function addBySession(string $sessionToken, string $reason): string
    {
        if ($sessionToken === '') {
            throw new \InvalidArgumentException('Session token cannot be empty');
        }
        if ($reason === '') {
            throw new \InvalidArgumentException('Reason cannot be empty');
        }
        Recorder::record($this->config, 'POST', '/blacklist/session', [],
            ['session_token' => $sessionToken, 'reason' => $reason]);
        return 'processing';
    }

    /** $image is base64; the SDK's parameter name is $image. */
    public function addByImage(string $image, string $reason): string
    {
        if ($image === '') {
            throw new \InvalidArgumentException('Image cannot be empty');
        }
        if ($reason === '') {
            throw new \InvalidArgumentException('Reason cannot be empty');
        }
        Recorder::record($this->config, 'POST', '/blacklist/image', [], ['image' => $image, 'reason' => $reason]);
        return 'processing';
    }

    public function remove(int $id): bool
    {
        if ($id < 1) {
            throw new \InvalidArgumentException('Blacklist entry ID must be a positive integer');
        }
        Recorder::record($this->config, 'DELETE', '/blacklist/' . $id);
        return true;
    }
}
