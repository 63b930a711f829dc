<?php
/* Test stand-in for the Xident PHP SDK, from its documented call surface; records calls instead of sending them. */

declare(strict_types=1);

namespace Xident\SDK\Responses;

final readonly class DocumentCheck
{
    public function __construct(
        public bool $performed,
        public bool $passed,
        public ?string $documentType = null,
        public ?string $country = null,
    ) {}
}
