# Runs every vector of a test-vectors file through the Ruby snippet (copied beside this file).
require "json"
require "set"
require_relative "verify"

vectors = JSON.parse(File.read(ARGV[0]))["vectors"]
results = vectors.map do |v|
  seen = Set.new(v["seen_nonces"])
  seen_nonce = ->(nonce, _ttl) { seen.include?(nonce) ? true : (seen.add(nonce); false) }
  headers = v["headers"].to_h { |k, val| [k.downcase, val.to_s] }
  ok, detail = verify(v["secret"], headers, v["body"].b, seen_nonce, v["now"])
  { name: v["name"], valid: ok, reason: ok ? nil : detail }
end
puts JSON.generate(results)
