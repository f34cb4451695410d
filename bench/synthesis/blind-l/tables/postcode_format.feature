Feature: Postcode tidying

  Scenario Outline: saving a delivery address
    Given the customer typed the postcode "<typed>"
    When the postcode is tidied
    Then the postcode is saved as "<saved>"

    Examples:
      | typed     | saved    |
      | sw1a 1aa  | SW1A 1AA |
      | SW1A1AA   | SW1A 1AA |
      | m1 1ae    | M1 1AE   |
      | b33 8th   | B33 8TH  |
      | cr2 6xh   | CR2 6XH  |
      | DN55 1pt  | DN55 1PT |
      | ec1a1 bb  | EC1A 1BB |
      | W1A0AX    | W1A 0AX  |
      |   l1 8jq  | L1 8JQ   |
