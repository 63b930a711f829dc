<?php
/* Test stand-in for the Xident PHP SDK, from its documented call surface; records calls instead of sending them. */

declare(strict_types=1);

namespace Xident\SDK\Responses;

final readonly class InitResult
{
    public function __construct(
        public string $token,
        public string $verifyUrl,
    ) {}
}
