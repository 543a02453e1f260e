<?php
// Runs every vector of a test-vectors file through the PHP snippet (copied beside this file).
require __DIR__ . '/verify.php';

$file = json_decode(file_get_contents($argv[1]), true);
$results = [];
foreach ($file['vectors'] as $v) {
    $seen = array_fill_keys($v['seen_nonces'], true);
    $seenNonce = function (string $nonce, int $ttl) use (&$seen): bool {
        if (isset($seen[$nonce])) {
            return true;
        }
        $seen[$nonce] = true;
        return false;
    };
    $headers = array_change_key_case(array_map('strval', $v['headers']), CASE_LOWER);
    $result = verify($v['secret'], $headers, $v['body'], $seenNonce, $v['now']);
    $results[] = ['name' => $v['name'], 'valid' => $result['valid'], 'reason' => $result['valid'] ? null : $result['reason']];
}
echo json_encode($results), "\n";
