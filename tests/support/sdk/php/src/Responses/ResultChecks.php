<?php
/* Test stand-in for the Xident PHP SDK, from its documented call surface; records calls instead of sending them. */

declare(strict_types=1);

namespace Xident\SDK\Responses;

final readonly class ResultChecks
{
    public function __construct(
        public CheckResult $liveness,
        public AgeGateCheck $age,
        public DocumentCheck $document,
        public CheckResult $faceMatch,
        public CheckResult $euWallet,
        public CheckResult $aml,
    ) {}
}
