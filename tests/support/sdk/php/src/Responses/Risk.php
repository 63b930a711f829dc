<?php
/* Test stand-in for the Xident PHP SDK, from its documented call surface; records calls instead of sending them. */

declare(strict_types=1);

namespace Xident\SDK\Responses;

final readonly class Risk
{
    public function __construct(
        public string $band,
    ) {}
}
