Feature: Bank details form

  Scenario Outline: showing the IBAN the customer typed
    Given the customer typed "<typed>"
    When the IBAN is formatted for display
    Then the form shows "<shown>"

    Examples:
      | typed                             | shown                             |
      | gb29nwbk60161331926819            | GB29 NWBK 6016 1331 9268 19       |
      | DE89 3704 0044 0532 0130 00       | DE89 3704 0044 0532 0130 00       |
      | fr14 2004 1010 0505 0001 3m02 606 | FR14 2004 1010 0505 0001 3M02 606 |
      | NL91ABNA0417164300                | NL91 ABNA 0417 1643 00            |
      | BE68-5390-0754-7034               | BE68 5390 0754 7034               |
      | ch93-0076-2011-6238-5295-7        | CH93 0076 2011 6238 5295 7        |
      | IE29 AIBK 931152 12345678         | IE29 AIBK 9311 5212 3456 78       |
      | Gb82 West 1234 5698 7654 32       | GB82 WEST 1234 5698 7654 32       |
