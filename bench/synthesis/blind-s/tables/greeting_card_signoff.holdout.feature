Feature: Signing a greeting card

  Scenario Outline: the sign-off line for the senders
    Given the card is from "<senders>"
    When the card is signed
    Then the last line reads "<line>"

    Examples:
      | senders                                | line                                    |
      | Grandad                                | Love from Grandad                       |
      | Liz, Sam                               | Love from Liz and Sam                   |
      | Jo, Al, Mo                             | Love from Jo, Al and Mo                 |
      | Vic, Wes, Xia, Yan                     | Love from Vic, Wes, Xia and Yan         |
      | The Smiths, Rosa, Theo, Ed, Flo        | Love from The Smiths, Rosa and 3 others |
      | Hal, Ida, Jed, Kim, Len, Meg, Nia, Oli | Love from Hal, Ida and 6 others         |
