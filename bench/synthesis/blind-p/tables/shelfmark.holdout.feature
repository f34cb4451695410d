Feature: Library shelfmark

  Scenario Outline: labelling the spine of a book
    Given a book classed at "<class>"
    And written by "<author>"
    When the spine label is printed
    Then the label reads "<shelfmark>"

    Examples:
      | class  | author          | shelfmark  |
      | 8      | Carol Ann Duffy | 008 DUF    |
      | 641.59 | Madhur Jaffrey  | 641.59 JAF |
      | 920.02 | Lu Xun          | 920.02 XUN |
      | 30     | Al Gore         | 030 GOR    |
      | 551.46 | Rachel Carson   | 551.46 CAR |
      | 428.1  | Bo Li           | 428.1 LI   |
