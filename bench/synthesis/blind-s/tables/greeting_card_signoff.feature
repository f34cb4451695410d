Feature: Signing a greeting card

  Scenario Outline: the sign-off line for the senders
    Given the card is from "<senders>"
    When the card is signed
    Then the last line reads "<line>"

    Examples:
      | senders                                | line                                |
      | Gran                                   | Love from Gran                      |
      | Auntie Jo                              | Love from Auntie Jo                 |
      | Mum, Dad                               | Love from Mum and Dad               |
      | Uncle Pete, Auntie Sue                 | Love from Uncle Pete and Auntie Sue |
      | Ann, Bob, Cal                          | Love from Ann, Bob and Cal          |
      | Kit, Raj, Lou, Ned                     | Love from Kit, Raj, Lou and Ned     |
      | Ivy, Max, Sol, Tia, Uma                | Love from Ivy, Max and 3 others     |
      | Amy, Ben, Cat, Dev, Eli, Fay           | Love from Amy, Ben and 4 others     |
      | Noor, Omar, Pia, Quin, Ravi, Sara, Tom | Love from Noor, Omar and 5 others   |
