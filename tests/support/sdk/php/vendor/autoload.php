<?php
/*
 * Autoloader for the test stand-in of the official Xident PHP SDK
 * (xident-io/php-sdk 3.x). Lets a snippet keep its usual
 * `require __DIR__ . '/vendor/autoload.php';` line: classes in the
 * Xident\SDK namespace are loaded from ../src (PSR-4 layout).
 */

declare(strict_types=1);

spl_autoload_register(static function (string $class): void {
    $prefix = 'Xident\\SDK\\';
    if (!str_starts_with($class, $prefix)) {
        return;
    }
    $file = dirname(__DIR__) . '/src/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
    if (is_file($file)) {
        require $file;
    }
});
