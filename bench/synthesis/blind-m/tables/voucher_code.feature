Feature: Gift voucher cards

  Scenario Outline: printing a voucher code
    Given the voucher code "<raw>"
    When the code is printed on the card
    Then the card shows "<printed>"

    Examples:
      | raw                 | printed             |
      | abcd1234efgh        | ABCD-1234-EFGH      |
      | ABCD1234EFGH        | ABCD-1234-EFGH      |
      | x7k2 p9q4           | X7K2-P9Q4           |
      | summer26sale        | SUMM-ER26-SALE      |
      | gift-card-2026-tree | GIFT-CARD-2026-TREE |
      | 9f3b-ZZ10-a1c4      | 9F3B-ZZ10-A1C4      |
      | qwer ty12           | QWER-TY12           |
      | hj4k L2m9 8nb3      | HJ4K-L2M9-8NB3      |
